import type { Metadata } from 'next';
import { siteUrl } from '@/lib/site';
import { SignInForm } from './sign-in-form';
import { deskPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'Sign in' };

// Only same-site targets: following any callbackUrl would make sign-in an open redirect.
function safePath(value: string | undefined): string {
  if (!value) return deskPath();
  const target = new URL(value, siteUrl());
  return target.origin === new URL(siteUrl()).origin ? `${target.pathname}${target.search}` : deskPath();
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; changed?: string }>;
}) {
  const { callbackUrl, changed } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in to Claimdesk</h1>
      <SignInForm
        callbackUrl={safePath(callbackUrl)}
        notice={changed ? 'Your password was changed. Sign in with the new one.' : undefined}
      />
    </>
  );
}
