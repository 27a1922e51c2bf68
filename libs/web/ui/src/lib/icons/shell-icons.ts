import { preloadIcons, type IconName } from 'design-react-kit';
import list from './shell-icons.json';

/**
 * The icons the shell and its states show. The kit loads each icon as a chunk of its own on first use;
 * the app hands this list to `preloadShellIcons()` before its first render (and the build adds a
 * `<link rel="modulepreload">` for each of these chunks to index.html), so no icon pops in late.
 */
export const SHELL_ICONS = list as IconName[];

export function preloadShellIcons(): Promise<boolean> {
  return preloadIcons(SHELL_ICONS);
}
