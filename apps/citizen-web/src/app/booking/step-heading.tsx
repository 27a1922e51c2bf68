import { useEffect, useRef, type ReactNode } from 'react';

/** The heading of a step; it takes the focus when the step appears, so screen readers and keyboards follow. */
export function StepHeading({ children, focusKey }: { children: ReactNode; focusKey: string | number }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h2 ref={ref} tabIndex={-1} className="h3 mt-4">
      {children}
    </h2>
  );
}
