import { Injectable } from '@nestjs/common';
import { TopicCatalog } from '@facile/assistance/application';
import { Prerequisite, Topic } from '@facile/assistance/domain';
import overridesFile from '../seed/assistance-topic-overrides.json';
import topicsFile from '../seed/assistance-topics.json';

interface RawTopic {
  id: string;
  title: { it: string; en: string };
  procedure?: string;
  durationMinutes: number;
  minAge?: number;
  prerequisites: { id: string; it: string; onlyIf?: string }[];
  notes?: string;
}

export type TopicOverride = Partial<
  Pick<Topic, 'procedure' | 'durationMinutes' | 'minAge' | 'prerequisites'>
>;
export type TopicOverrides = Record<string, Record<string, TopicOverride>>;

export const seedTopics = (): Topic[] =>
  (topicsFile.topics as RawTopic[]).map((t) => ({
    id: t.id,
    title: t.title,
    ...(t.procedure ? { procedure: t.procedure } : {}),
    durationMinutes: t.durationMinutes,
    ...(t.minAge !== undefined ? { minAge: t.minAge } : {}),
    prerequisites: t.prerequisites.map((p): Prerequisite => ({
      id: p.id,
      label: p.it,
      ...(p.onlyIf === 'minor' ? { onlyIf: 'minor' as const } : {}),
    })),
    ...(t.notes ? { notes: t.notes } : {}),
  }));

export const seedVocabulary = (): Record<string, string[]> => {
  const { _about: _ignored, ...vocab } = topicsFile.facilitationReporting;
  return vocab;
};

const seedOverrides = (): TopicOverrides => {
  const { _about: _ignored, ...rest } = overridesFile as unknown as Record<string, unknown>;
  return rest as TopicOverrides;
};

/** Topics of the seed file (ids are contract), with optional per-municipality overrides. */
@Injectable()
export class JsonTopicCatalog extends TopicCatalog {
  private readonly topics: Topic[];

  constructor(private readonly overrides: TopicOverrides = seedOverrides()) {
    super();
    this.topics = seedTopics();
  }

  list(tenant?: string): Topic[] {
    return this.topics.map((t) => this.forTenant(t, tenant));
  }

  get(id: string, tenant?: string): Topic | undefined {
    const t = this.topics.find((x) => x.id === id);
    return t && this.forTenant(t, tenant);
  }

  private forTenant(t: Topic, tenant?: string): Topic {
    const o = tenant ? this.overrides[tenant]?.[t.id] : undefined;
    return o ? { ...t, ...o } : t;
  }
}
