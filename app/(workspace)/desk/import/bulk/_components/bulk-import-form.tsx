'use client';

import { useId, useState } from 'react';
import { ActionForm, useFormField } from '@/components/forms/action-form';
import { countOf } from '@/lib/count-label';
import { Field, Hidden } from '@/components/forms/field';
import { FieldErrors } from '@/components/forms/field-errors';
import { BULK_FILE_HINT, MAX_BULK_FILES, titleFromFileName } from '@/lib/validation/bulk-import';
import { startBulkImportAction } from '../actions';

type Chosen = { name: string; text: string };

const startLabel = (n: number) => (n ? `Import ${countOf(n, 'article')}` : 'Import articles');

/** The file picker: the browser reads the files, and the form sends their text as one field. */
function FilePicker({ onChange }: { onChange: (files: Chosen[]) => void }) {
  const id = useId();
  const { errors } = useFormField('files');
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        Article files<span className="text-red-800"> *</span>
      </label>
      <p id={`${id}-hint`} className="text-xs text-stone-600">
        {BULK_FILE_HINT} At most {MAX_BULK_FILES} at once.
      </p>
      <input
        id={id}
        type="file"
        multiple
        accept=".txt,text/plain"
        aria-describedby={`${id}-hint`}
        aria-invalid={errors?.length ? true : undefined}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-200 file:px-3 file:py-2 file:text-sm file:font-medium"
        onChange={async (event) => {
          const files = [...(event.target.files ?? [])];
          onChange(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))));
        }}
      />
    </div>
  );
}

export function BulkImportForm() {
  const [files, setFiles] = useState<Chosen[]>([]);
  return (
    <ActionForm
      action={startBulkImportAction}
      submitLabel={startLabel(files.length)}
      pendingLabel="Starting…"
      testId="bulk-import-form"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="outlet" label="Outlet" required />
        <Field name="publishedAt" label="Publication date" type="date" required />
      </div>
      <FilePicker onChange={setFiles} />
      <FieldErrors name="files" />
      {files.length > 0 && (
        <ul
          className="divide-y divide-stone-200 rounded-md border border-stone-200 text-sm"
          aria-label="Chosen files"
        >
          {files.map((f) => (
            <li key={f.name} className="flex flex-wrap justify-between gap-x-4 px-3 py-2">
              <span className="font-medium break-words">{titleFromFileName(f.name) || f.name}</span>
              <span className="text-stone-600 tabular-nums">
                {f.text.length.toLocaleString('en')} characters
              </span>
            </li>
          ))}
        </ul>
      )}
      <Hidden name="files" value={JSON.stringify(files)} />
    </ActionForm>
  );
}
