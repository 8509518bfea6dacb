import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  hint: string;
  accept: string;
  onFile: (file: File) => void;
}

/** A labelled file input that also takes a file dropped anywhere on its box. */
export function FilePicker(props: Props) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? 'hyg-drop over' : 'hyg-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) props.onFile(file);
      }}
    >
      <label for={props.id}>{props.label}</label>{' '}
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) props.onFile(file);
          input.value = '';
        }}
      />
      <p class="muted" id={`${props.id}-hint`}>
        {props.hint}
      </p>
    </div>
  );
}
