import type { Metadata } from 'next';
import Link from 'next/link';
import { BEST_RATING, RATINGS, RATING_KEYS, WORST_RATING } from '@/lib/ratings';
import { absoluteUrl } from '@/lib/site';
import { correctionsPath, methodologyPath, suggestPath } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Methodology',
  alternates: { canonical: absoluteUrl(methodologyPath()) },
};

export default function Methodology() {
  return (
    <article className="space-y-4 leading-relaxed">
      <h1 className="text-3xl font-semibold">How we check claims</h1>
      <h2 className="text-xl font-semibold">How claims are chosen</h2>
      <p>
        We read each article or transcript in full and mark every statement that can be checked against
        evidence: figures, statistics, claims that something was agreed, and assertions that something is a
        hoax or a crime. A check-worthiness score helps editors find them, but an editor decides. Opinions,
        predictions and plans are not rated; we say so when readers ask.
      </p>
      <h2 className="text-xl font-semibold">How they are researched</h2>
      <p>
        Every verdict cites its sources, primary data and official records first, with a link and an archived
        copy where one exists. Numeric claims are compared in the same unit and period as the claim, and the
        page shows the comparison as a chart.
      </p>
      <h2 className="text-xl font-semibold">How verdicts are reviewed</h2>
      <p>
        The editor who researched a claim writes the verdict. It is published only after senior editors who
        did not write it have voted on it and the majority approved. Each vote is kept, and the page names who
        reviewed it.
      </p>
      <h2 className="text-xl font-semibold">Rating scale</h2>
      <p>
        Search engines and other fact-checkers read each rating as a score from {WORST_RATING} (false) to{' '}
        {BEST_RATING} (true), published with the verdict in the standard fact-check format. Ratings that say a
        claim cannot be placed on that scale carry no score.
      </p>
      <table className="w-full border-collapse bg-white text-sm ring-1 ring-stone-200">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th className="px-3 py-2">Rating</th>
            <th className="px-3 py-2">Score</th>
            <th className="px-3 py-2">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {RATING_KEYS.map((key) => (
            <tr key={key} className="border-t border-stone-200">
              <td className="px-3 py-2 font-medium">{RATINGS[key].label}</td>
              <td className="px-3 py-2 tabular-nums">{RATINGS[key].value ?? 'None'}</td>
              <td className="px-3 py-2">{RATINGS[key].meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="text-xl font-semibold">Corrections policy</h2>
      <p>
        When we change a published verdict, the change is reviewed like the original, and the verdict page
        lists a dated note saying what changed and why. All corrections are listed on the{' '}
        <Link href={correctionsPath()} className="text-blue-800 underline">
          corrections page
        </Link>
        . If you think we got something wrong,{' '}
        <Link href={suggestPath()} className="text-blue-800 underline">
          tell us
        </Link>
        .
      </p>
    </article>
  );
}
