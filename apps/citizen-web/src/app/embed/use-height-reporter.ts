import { useEffect } from 'react';
import { HEIGHT_MESSAGE } from './embed-mode';

/**
 * Tells the embedding page the height of the content whenever it changes, so its iframe grows and shrinks
 * with the page and never scrolls inside. Only a height leaves the frame (nothing personal), so any parent
 * may read it; the embed script accepts it only from its own iframe and origin.
 */
export function useHeightReporter(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return undefined;
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [enabled]);
}
