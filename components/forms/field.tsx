'use client';

import { useId } from 'react';
import { useFormField } from './action-form';

type Common = { name: string; label: string; hint?: string; defaultValue?: string; required?: boolean };
type FieldProps =
  | (Common & {
      as?: 'input';
      type?: string;
      placeholder?: string;
      list?: string;
      inputMode?: 'decimal' | 'numeric' | 'text';
    })
  | (Common & { as: 'textarea'; rows?: number; placeholder?: string })
  | (Common & { as: 'select'; options: { value: string; label: string }[] });

const control =
  'mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

/** Label, control and its errors, tied together with aria-invalid / aria-describedby. */
export function Field(props: FieldProps) {
  const id = useId();
  const { errors, echoed } = useFormField(props.name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [props.hint ? hintId : '', errors?.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  // A changed default must replace what the control shows (e.g. after a save or a conflict reload).
  const remountKey = echoed ?? props.defaultValue ?? '';
  const shared = {
    id,
    name: props.name,
    defaultValue: echoed ?? props.defaultValue,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': props.required || undefined,
    className: control,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {props.label}
        {props.required && <span className="text-red-800"> *</span>}
      </label>
      {props.hint && (
        <p id={hintId} className="text-xs text-stone-600">
          {props.hint}
        </p>
      )}
      {props.as === 'textarea' ? (
        <textarea key={remountKey} {...shared} rows={props.rows ?? 4} placeholder={props.placeholder} />
      ) : props.as === 'select' ? (
        <select key={remountKey} {...shared}>
          <option value="">Choose…</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          key={remountKey}
          {...shared}
          type={props.type ?? 'text'}
          placeholder={props.placeholder}
          list={props.list}
          inputMode={props.inputMode}
        />
      )}
      {errors?.length ? (
        <ul id={errorId} data-testid={`error-${props.name}`} className="mt-1 text-sm text-red-800">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}
