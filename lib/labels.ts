import type {
  ClaimKind,
  ClaimStatus,
  SourceKind,
  Stance,
  SubmissionKind,
  SubmissionStatus,
} from '@/generated/prisma/enums';

export const STATUS_LABEL: Record<ClaimStatus, string> = {
  NEW: 'New',
  RESEARCHING: 'Researching',
  IN_REVIEW: 'In review',
  PUBLISHED: 'Published',
  NOT_CHECKABLE: 'Not checkable',
  ARCHIVED: 'Archived',
};

export const KIND_LABEL: Record<ClaimKind, string> = {
  CASUALTY_FIGURE: 'Casualty figure',
  STATISTIC: 'Statistic',
  AGREEMENT: 'Agreement',
  HOAX_ASSERTION: 'Hoax assertion',
  CHARACTERISATION: 'Characterisation',
  PREDICTION: 'Prediction',
  OTHER: 'Other',
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  PRIMARY_DATA: 'Primary data',
  OFFICIAL_RECORD: 'Official record',
  NEWS_REPORT: 'News report',
  EXPERT: 'Expert',
  OTHER: 'Other',
};

export const STANCE_LABEL: Record<Stance, string> = {
  SUPPORTS: 'Supports',
  CONTRADICTS: 'Contradicts',
  CONTEXT: 'Context',
};

export const SUBMISSION_STATUS_LABEL: Record<SubmissionStatus, string> = {
  NEW: 'New',
  CLAIMED: 'Turned into a claim',
  ANSWERED: 'Answered',
  DISMISSED: 'Dismissed',
};

export const SUBMISSION_KIND_LABEL: Record<SubmissionKind, string> = {
  SUGGEST_CLAIM: 'Claim suggestion',
  REPORT_ERROR: 'Error report',
};
