import { CatalogueInit1764180000000 } from './1764180000000-catalogue-init';
import { CatalogueSearch1764180000100 } from './1764180000100-catalogue-search';
import { CatalogueMessagingRowLevelSecurity1764180000200 } from './1764180000200-catalogue-messaging-row-level-security';

/** In order. A new migration is appended, never edited in place. */
export const catalogueMigrations = [
  CatalogueInit1764180000000,
  CatalogueSearch1764180000100,
  CatalogueMessagingRowLevelSecurity1764180000200,
];
