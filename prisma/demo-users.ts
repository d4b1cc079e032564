import type { Role } from '../generated/prisma/enums';

/** Development-only sign-ins; the seed never creates them when NODE_ENV is production. */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'editor@claimdesk.test', name: 'Erin Editor', role: 'EDITOR', password: 'demo-editor-pass' },
  { email: 'chief@claimdesk.test', name: 'Chris Chief', role: 'CHIEF', password: 'demo-chief-pass' },
  { email: 'admin@claimdesk.test', name: 'Ada Admin', role: 'ADMIN', password: 'demo-admin-pass' },
  { email: 'viewer@claimdesk.test', name: 'Val Viewer', role: 'VIEWER', password: 'demo-viewer-pass' },
];
