import { stamp } from '@/lib/dates';
import { renderMarkdown } from '@/lib/markdown';
import type { DeskClaim } from '@/lib/server/claims/get-claim-for-desk';
import { EditNoteForm, RemoveNoteForm } from './note-form';

export function NoteList({ notes, editable }: { notes: DeskClaim['notes']; editable: boolean }) {
  return (
    <ul className="mb-4 space-y-3">
      {notes.map((n) => (
        <li key={n.id} className="rounded bg-amber-50 p-3 text-sm ring-1 ring-amber-200" data-testid="note">
          <div className="prose-claim" dangerouslySetInnerHTML={{ __html: renderMarkdown(n.body) }} />
          <p className="text-xs text-stone-600">
            {n.author.name}, {stamp(n.createdAt)}
          </p>
          {editable && (
            <div className="mt-2 space-y-2">
              <details>
                <summary className="cursor-pointer text-sm text-blue-800 underline">Edit note</summary>
                <div className="mt-2">
                  <EditNoteForm noteId={n.id} body={n.body} />
                </div>
              </details>
              <details>
                <summary className="cursor-pointer text-sm text-red-800 underline">Remove note</summary>
                <div className="mt-2">
                  <RemoveNoteForm noteId={n.id} />
                </div>
              </details>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
