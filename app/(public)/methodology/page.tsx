import type { Metadata } from 'next';
import { BEST_RATING, RATINGS, RATING_KEYS, WORST_RATING } from '@/lib/ratings';

export const metadata: Metadata = { title: 'Methodology' };

export default function Methodology() {
  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-semibold">How we check claims</h1>
      <p>
        Editors extract every checkable statement from an article, research it with primary sources where they exist, and write a verdict.
        A second, senior editor who did not write the verdict must approve it before it is published. Changes to a published verdict
        are listed as dated corrections on its page.
      </p>
      <h2 className="text-xl font-semibold">Rating scale</h2>
      <p>
        Numeric ratings use schema.org ClaimReview with worstRating {WORST_RATING} and bestRating {BEST_RATING}. Text-only ratings carry no
        number.
      </p>
      <table className="w-full border-collapse bg-white text-sm ring-1 ring-stone-200">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th className="px-3 py-2">Rating</th>
            <th className="px-3 py-2">ClaimReview ratingValue</th>
            <th className="px-3 py-2">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {RATING_KEYS.map((key) => (
            <tr key={key} className="border-t border-stone-200">
              <td className="px-3 py-2 font-medium">{RATINGS[key].label}</td>
              <td className="px-3 py-2">{RATINGS[key].value ?? '— (alternateName only)'}</td>
              <td className="px-3 py-2">{RATINGS[key].meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
