import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { Ask } from './ask';

export interface TagInputProps {
  id: string;
  tags: string[];
  onChange(tags: string[]): void;
  ask: Ask;
}

/**
 * Tags as chips, with suggestions from the tags already in use. Enter or comma adds what is typed
 * (or the highlighted suggestion); Enter on an empty field is left to the form, so it submits.
 */
export function TagInput(props: TagInputProps) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    props
      .ask('tags', { prefix: text })
      .then((r) => {
        if (mine === seq.current) setOptions(r.tags.filter((tag) => !props.tags.includes(tag)).slice(0, 8));
      })
      .catch(() => setOptions([]));
  }, [text, props.tags.join('\u0000')]);

  const add = (tag: string) => {
    const clean = tag.trim().slice(0, 64);
    if (clean && !props.tags.includes(clean)) props.onChange([...props.tags, clean]);
    setText('');
    setActive(-1);
  };
  const listId = `${props.id}-list`;
  const showList = open && options.length > 0;

  return (
    <div class="lb">
      {props.tags.length ? (
        <div class="chips">
          {props.tags.map((tag) => (
            <span class="chip" key={tag}>
              {tag}
              <button
                type="button"
                aria-label={t('inpage_remove', tag)}
                onClick={() => props.onChange(props.tags.filter((x) => x !== tag))}
              >
                ×
              </button>
            </span>
          ))}
        </div>
      ) : null}
      <input
        id={props.id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('inpage_tag_placeholder')}
        value={text}
        autocomplete="off"
        onInput={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && options.length) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % options.length);
          } else if (e.key === 'ArrowUp' && options.length) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
          } else if ((e.key === 'Enter' || e.key === ',') && (text.trim() || (showList && active >= 0))) {
            e.preventDefault();
            add(showList && active >= 0 ? (options[active] ?? text) : text);
          } else if (e.key === 'Backspace' && !text && props.tags.length) {
            props.onChange(props.tags.slice(0, -1));
          } else if (e.key === 'Escape' && showList) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {showList ? (
        <ul role="listbox" id={listId}>
          {options.map((o, i) => (
            <li
              key={o}
              id={`${listId}-${i}`}
              role="option"
              class="opt"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                add(o);
              }}
            >
              {o}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
