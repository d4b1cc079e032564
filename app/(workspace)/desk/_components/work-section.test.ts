import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { WorkSection } from './work-section';

/** The box's heading as a reader sees it (React's text separators removed). */
const heading = (count: number, limit: number) =>
  renderToStaticMarkup(
    WorkSection({ title: 'Assigned to me', count, limit, empty: 'Nothing.', testId: 't', children: null }),
  )
    .match(/<h2[^>]*>(.*?)<\/h2>/)![1]
    .replace(/<!-- -->|<[^>]+>/g, '');

it('says how many rows a work list holds, and "20+" when it shows only the first 20', () => {
  expect(heading(3, 20)).toBe('Assigned to me (3)');
  expect(heading(20, 20)).toBe('Assigned to me (20+)');
  expect(heading(0, 20)).toBe('Assigned to me (0)');
});
