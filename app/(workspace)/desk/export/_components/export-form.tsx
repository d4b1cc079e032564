'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ClaimStatus, Rating } from '@/generated/prisma/enums';
import { STATUS_LABEL } from '@/lib/labels';
import { RATINGS } from '@/lib/ratings';
import { REPORT_FORMAT_KEYS, REPORT_FORMATS, type ReportFormat } from '@/lib/report/formats';
import { reportHref } from '@/lib/report/report-query';
import { BackgroundExportForm } from './background-export-form';
import { DownloadProgress } from './download-progress';
import { useReportDownload } from './use-report-download';
import { reportsApiPath } from '@/lib/routes';

const control = 'mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm';
const labelClass = 'block text-sm font-medium text-stone-800';

type Choices = { article: string; status: string; rating: string; speaker: string; from: string; to: string };

export function ExportForm({
  articles,
  initialArticle,
  canIncludeNotes,
}: {
  articles: { id: string; label: string }[];
  initialArticle: string;
  canIncludeNotes: boolean;
}) {
  const id = useId();
  const [format, setFormat] = useState<ReportFormat>('md');
  const [scope, setScope] = useState<'article' | 'filters'>('article');
  const [choices, setChoices] = useState<Choices>({
    article: initialArticle,
    status: '',
    rating: '',
    speaker: '',
    from: '',
    to: '',
  });
  const [notes, setNotes] = useState(false);
  const { state, start, cancel } = useReportDownload();
  const running = state.status === 'running';

  const scoped =
    scope === 'article'
      ? { article: choices.article }
      : {
          status: choices.status,
          rating: choices.rating,
          speaker: choices.speaker.trim(),
          from: choices.from,
          to: choices.to,
        };
  const query = { format, ...scoped, notes: canIncludeNotes && notes ? '1' : '0' };
  const href = reportHref({ ...query, notes: query.notes === '1' ? '1' : '' });
  const choose = (key: keyof Choices) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setChoices({ ...choices, [key]: event.target.value });

  return (
    <div className="max-w-3xl space-y-4">
      {/* A real GET form, so the export still downloads if the script has not loaded. */}
      <form
        action={reportsApiPath()}
        method="get"
        className="space-y-5 rounded-lg bg-white p-6 shadow-sm ring-1 ring-stone-200"
        data-testid="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          start(href, format);
        }}
      >
        <div>
          <label htmlFor={`${id}-format`} className={labelClass}>
            Format
          </label>
          <select
            id={`${id}-format`}
            name="format"
            value={format}
            onChange={(e) => setFormat(e.target.value as ReportFormat)}
            className={control}
          >
            {REPORT_FORMAT_KEYS.map((key) => (
              <option key={key} value={key}>
                {REPORT_FORMATS[key].label}
              </option>
            ))}
          </select>
        </div>

        <fieldset className="space-y-3">
          <legend className={labelClass}>Which claims</legend>
          <div className="flex flex-wrap gap-4 text-sm">
            <label className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="scope"
                value="article"
                checked={scope === 'article'}
                onChange={() => setScope('article')}
              />
              One article
            </label>
            <label className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="scope"
                value="filters"
                checked={scope === 'filters'}
                onChange={() => setScope('filters')}
              />
              Claims matching filters
            </label>
          </div>
          {scope === 'article' ? (
            <div>
              <label htmlFor={`${id}-article`} className={labelClass}>
                Article
              </label>
              <select
                id={`${id}-article`}
                name="article"
                value={choices.article}
                onChange={choose('article')}
                className={control}
              >
                {articles.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor={`${id}-status`} className={labelClass}>
                  Status
                </label>
                <select
                  id={`${id}-status`}
                  name="status"
                  value={choices.status}
                  onChange={choose('status')}
                  className={control}
                >
                  <option value="">Any status</option>
                  {Object.values(ClaimStatus).map((s) => (
                    <option key={s} value={s}>
                      {STATUS_LABEL[s]}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`${id}-rating`} className={labelClass}>
                  Published rating
                </label>
                <select
                  id={`${id}-rating`}
                  name="rating"
                  value={choices.rating}
                  onChange={choose('rating')}
                  className={control}
                >
                  <option value="">Any rating</option>
                  {Object.values(Rating).map((r) => (
                    <option key={r} value={r}>
                      {RATINGS[r].label}
                    </option>
                  ))}
                </select>
              </div>
              <div className="sm:col-span-2">
                <label htmlFor={`${id}-speaker`} className={labelClass}>
                  Speaker
                </label>
                <p id={`${id}-speaker-hint`} className="text-xs text-stone-600">
                  The full name as it appears on claims; capitals do not matter.
                </p>
                <input
                  id={`${id}-speaker`}
                  name="speaker"
                  value={choices.speaker}
                  onChange={choose('speaker')}
                  aria-describedby={`${id}-speaker-hint`}
                  className={control}
                />
              </div>
              <div>
                <label htmlFor={`${id}-from`} className={labelClass}>
                  Changed from
                </label>
                <input
                  id={`${id}-from`}
                  name="from"
                  type="date"
                  value={choices.from}
                  onChange={choose('from')}
                  aria-describedby={`${id}-dates-hint`}
                  className={control}
                />
              </div>
              <div>
                <label htmlFor={`${id}-to`} className={labelClass}>
                  Changed until
                </label>
                <input
                  id={`${id}-to`}
                  name="to"
                  type="date"
                  value={choices.to}
                  onChange={choose('to')}
                  aria-describedby={`${id}-dates-hint`}
                  className={control}
                />
              </div>
              <p id={`${id}-dates-hint`} className="text-xs text-stone-600 sm:col-span-2">
                Dates select claims by their last change (UTC), both days included. Leave a filter empty to
                include everything.
              </p>
            </div>
          )}
        </fieldset>

        {canIncludeNotes && (
          <div>
            <label className="inline-flex items-center gap-2 text-sm font-medium text-stone-800">
              <input
                type="checkbox"
                name="notes"
                value="1"
                checked={notes}
                onChange={(e) => setNotes(e.target.checked)}
                aria-describedby={`${id}-notes-hint`}
              />
              Include internal notes
            </label>
            <p id={`${id}-notes-hint`} className="text-xs text-stone-600">
              For the newsroom only: the file is marked internal and must not be published.
            </p>
          </div>
        )}

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={running || (scope === 'article' && !choices.article)}>
            {running ? 'Downloading…' : 'Download'}
          </Button>
          {running && (
            <Button type="button" variant="secondary" onClick={cancel}>
              Cancel
            </Button>
          )}
          <a href={href} download className="text-sm text-blue-800 underline hover:text-blue-900">
            Plain download link (no progress)
          </a>
        </div>
        <DownloadProgress state={state} />
      </form>
      <BackgroundExportForm values={query} />
    </div>
  );
}
