import { unwrap, useApiClients, type AssistanceApi } from '@facile/web/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { attachmentName, type CsvFile } from '../shared/csv-button';

export type FacilitationReport = AssistanceApi.components['schemas']['FacilitationReportResponse'];
export type Dimension = 'month' | 'tenant' | 'topic';
export const DIMENSIONS: Dimension[] = ['month', 'tenant', 'topic'];

export interface ReportQuery {
  from: string;
  to: string;
  groupBy: string;
  tenant?: string;
}

export function useFacilitationReport(query: ReportQuery | null) {
  const api = useApiClients();
  return useQuery({
    queryKey: ['assistance', 'reports', 'facilitations', query] as const,
    enabled: query !== null,
    placeholderData: keepPreviousData,
    // JSON (the document also declares the CSV this endpoint gives with Accept: text/csv)
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.assistance.GET('/assistance/v1/reports/facilitations', { params: { query: query! }, signal }),
      )) as FacilitationReport,
  });
}

export function useFacilitationCsv() {
  const api = useApiClients();
  return async (query: ReportQuery): Promise<CsvFile> => {
    const result = await api.assistance.GET('/assistance/v1/reports/facilitations', {
      params: { query },
      headers: { accept: 'text/csv' },
      parseAs: 'blob',
    });
    const blob = await unwrap(Promise.resolve(result));
    return {
      blob: blob as unknown as Blob,
      filename: attachmentName(result.response.headers.get('content-disposition'), 'facilitazioni.csv'),
    };
  };
}
