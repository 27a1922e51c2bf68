import './lib/theme/theme';

export { AppShell, type AppShellProps } from './lib/shell/app-shell';
export { LanguageSwitch } from './lib/shell/language-switch';
export { SiteFooter, type FooterLinks } from './lib/shell/site-footer';
export { DEFAULT_SITE_LINKS, siteLinks } from './lib/shell/site-links';
export { SiteHeader, type SiteHeaderProps } from './lib/shell/site-header';
export { FOOTER_ID, MAIN_ID, SkipLinks } from './lib/shell/skip-links';
export { useDocumentTitle } from './lib/shell/use-document-title';
export { EmptyState } from './lib/states/empty-state';
export { ErrorState, type ErrorStateProps } from './lib/states/error-state';
export { LoadingState } from './lib/states/loading-state';
export { QueryView, type QueryLike, type QueryViewProps } from './lib/states/query-view';
export { problemMessage } from './lib/states/problem-message';
export { TenantList, type TenantListProps, type TenantSummary } from './lib/tenants/tenant-list';
export { NotFoundPage } from './lib/pages/not-found-page';
export { SHELL_ICONS, preloadShellIcons } from './lib/icons/shell-icons';
export {
  SelectField,
  TextAreaField,
  TextField,
  type SelectFieldProps,
  type TextAreaFieldProps,
  type TextFieldProps,
} from './lib/forms/fields';
