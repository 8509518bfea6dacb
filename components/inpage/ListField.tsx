import { t } from '@/utils/i18n';

export interface ListFieldProps {
  id: string;
  label: string;
  values: string[];
  type: 'email' | 'tel' | 'url';
  onChange(values: string[]): void;
}

/** Several values of one kind (emails, phones, links), each editable and removable, one more addable. */
export function ListField(props: ListFieldProps) {
  const set = (i: number, value: string) => props.onChange(props.values.map((v, j) => (j === i ? value : v)));
  return (
    <div role="group" aria-labelledby={`${props.id}-l`}>
      <label id={`${props.id}-l`}>{props.label}</label>
      {props.values.map((v, i) => (
        <div class="multi" key={i}>
          <input
            type={props.type}
            value={v}
            aria-labelledby={`${props.id}-l`}
            onInput={(e) => set(i, e.currentTarget.value)}
          />
          <button
            type="button"
            class="btn"
            aria-label={t('inpage_remove', v || props.label)}
            onClick={() => props.onChange(props.values.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" class="btn" onClick={() => props.onChange([...props.values, ''])}>
        {t('inpage_add')} {props.label.toLowerCase()}
      </button>
    </div>
  );
}
