import { readFileSync } from 'node:fs';
import { sharedDataPath } from '../lib/shared-data';

/** The press conference the product was built for, read from the shared data folder (never copied here). */
export const ANCHORAGE_TEXT = readFileSync(sharedDataPath('anchorage-press-conference.txt'), 'utf8');
