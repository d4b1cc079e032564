'use client';

import { useFormField } from './action-form';

/** Errors for a field that has no visible control of its own (e.g. the list of accepted claims). */
export function FieldErrors({ name }: { name: string }) {
  const { errors } = useFormField(name);
  if (!errors?.length) return null;
  return (
    <ul
      data-testid={`error-${name}`}
      className="rounded bg-red-50 p-2 text-sm text-red-800 ring-1 ring-red-200"
    >
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}
