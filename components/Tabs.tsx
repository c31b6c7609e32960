/** An accessible tab list (arrow keys move between tabs, as the ARIA pattern expects). */
import type { ComponentChildren } from 'preact';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
}

export function Tabs<K extends string>(props: {
  tabs: readonly TabSpec<K>[];
  selected: K;
  onSelect(key: K): void;
  children: ComponentChildren;
}) {
  const { tabs, selected, onSelect } = props;
  const move = (event: KeyboardEvent, index: number) => {
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const key = tabs[next]!.key;
    onSelect(key);
    (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`#tab-${key}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label="Views" class="tabs">
        {tabs.map((tab, index) => (
          <button
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`} class="panel">
        {props.children}
      </div>
    </>
  );
}
