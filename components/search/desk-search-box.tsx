'use client';

import { useEffect, useRef } from 'react';

/** The desk header's search box; "/" anywhere outside a text field focuses it. */
export function DeskSearchBox() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (e.key !== '/' || typing || e.metaKey || e.ctrlKey || e.altKey) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <form method="get" action="/desk/search" role="search" className="flex items-center">
      <label className="sr-only" htmlFor="desk-search">
        Search the desk
      </label>
      <input
        ref={input}
        id="desk-search"
        name="q"
        type="search"
        placeholder="Search (press /)"
        aria-keyshortcuts="/"
        className="w-40 sm:w-48 rounded-md border border-stone-300 px-2 py-1 text-sm"
      />
    </form>
  );
}
