import { unwrap, useApiClients } from '@facile/web/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { attachmentName, type CsvFile } from '../shared/csv-button';
import type { GroupBy, Statistics } from './stats-model';

export interface StatisticsQuery {
  from: string;
  to: string;
  groupBy: GroupBy;
  tenant?: string;
  site?: string;
  /** Which table the CSV holds: the groups (default) or the cross-municipality flows. */
  view?: 'groups' | 'flows';
}

export function useStatistics(query: StatisticsQuery | null) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['scheduling', 'statistics', query] as const,
    enabled: query !== null,
    placeholderData: keepPreviousData,
    // JSON (the document also declares the CSV this endpoint gives with Accept: text/csv)
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.scheduling.GET('/scheduling/v1/statistics', { params: { query: query! }, signal }),
      )) as Statistics,
  });
}

/** The API's own CSV of the same view (Accept: text/csv): BOM, `;`, decimal comma. */
export function useStatisticsCsv() {
  const api = useApiClients();
  return async (query: StatisticsQuery): Promise<CsvFile> => {
    const result = await api.scheduling.GET('/scheduling/v1/statistics', {
      params: { query },
      headers: { accept: 'text/csv' },
      parseAs: 'blob',
    });
    const blob = await unwrap(Promise.resolve(result));
    return {
      blob: blob as unknown as Blob,
      filename: attachmentName(result.response.headers.get('content-disposition'), 'statistiche.csv'),
    };
  };
}
