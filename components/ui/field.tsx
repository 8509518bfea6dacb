import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  /** A line under the control, read with it by screen readers. */
  hint?: string;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}

/** A labelled control: the label's `for` and the hint's id are wired for assistive tech. */
export function Field({ label, hint, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(id, hintId)}
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

type InputProps = {
  label: string;
  hint?: string;
  value: string;
  onValue: (value: string) => void;
  name?: string;
  type?: 'text' | 'url' | 'email' | 'tel' | 'search';
  required?: boolean;
  placeholder?: string;
};

export function TextField({
  label,
  hint,
  value,
  onValue,
  name,
  type = 'text',
  required,
  placeholder,
}: InputProps) {
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <input
          id={id}
          name={name}
          type={type}
          required={required}
          placeholder={placeholder}
          aria-describedby={describedBy}
          value={value}
          onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
}

type AreaProps = {
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  name?: string;
  onValue: (value: string) => void;
};

export function TextArea({ label, hint, value, onValue, rows = 3, name }: AreaProps) {
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          aria-describedby={describedBy}
          value={value}
          onInput={(e) => onValue((e.currentTarget as HTMLTextAreaElement).value)}
        />
      )}
    </Field>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
}

type SelectProps<V extends string> = {
  label: string;
  hint?: string;
  value: V;
  choices: readonly Choice<V>[];
  name?: string;
  onValue: (value: V) => void;
};

export function SelectField<V extends string>({
  label,
  hint,
  value,
  choices,
  onValue,
  name,
}: SelectProps<V>) {
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <select
          id={id}
          name={name}
          aria-describedby={describedBy}
          value={value}
          onChange={(e) => onValue((e.currentTarget as HTMLSelectElement).value as V)}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
