import { useLanguage } from '@facile/web/i18n';
import { Icon } from 'design-react-kit';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The language switch of the slim header: a button that discloses the two languages, each a button in its
 * own language. A disclosure of our own in the kit's dropdown classes, because the kit's DropdownToggle
 * renders its <button> with role="link" and its menu as role="menu" around plain list items, which screen
 * readers announce wrongly. Escape closes it and gives the focus back to the switch; so do a click
 * elsewhere and the focus leaving it.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage, languages } = useLanguage();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const current = languages.find((l) => l.code === language) ?? languages[0];

  useEffect(() => {
    if (!open) return undefined;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['Escape', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
    // ours alone: Bootstrap's dropdown script, when a page loads it, would take these keys as its own
    event.stopPropagation();
    if (event.key === 'Escape' && open) {
      setOpen(false);
      toggle.current?.focus();
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="nav-item dropdown language-switch" ref={root} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={toggle}
        type="button"
        className="btn dropdown-toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('language.toggle')}</span> <span>{current.short}</span>
        <Icon icon="it-expand" size="sm" color="white" className="ms-1" />
      </button>
      <div id={menuId} className={`dropdown-menu${open ? ' show' : ''}`} hidden={!open}>
        <div className="link-list-wrapper">
          <ul className="link-list">
            {languages.map((l) => (
              <li key={l.code}>
                <button
                  type="button"
                  lang={l.code}
                  className={`btn btn-link list-item dropdown-item${l.code === language ? ' active' : ''}`}
                  aria-current={l.code === language ? 'true' : undefined}
                  onClick={async () => {
                    setOpen(false);
                    toggle.current?.focus();
                    await setLanguage(l.code);
                  }}
                >
                  {l.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
