import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getActingUser } from '@/lib/server/session';
import { ChangePasswordForm } from './_components/change-password-form';

export const metadata: Metadata = { title: 'Change password' };

export default async function ChangePasswordPage() {
  const user = await getActingUser();
  if (!user) redirect('/login?callbackUrl=/password');
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Change your password</h1>
      {user.mustChangePassword ? (
        <p data-testid="temporary-password-notice" className="mb-4 text-sm text-stone-700">
          An administrator set your password. Choose your own before you start; you will then sign in again
          with it.
        </p>
      ) : (
        <p className="mb-4 text-sm text-stone-700">
          This signs you out everywhere; sign in again with the new password.{' '}
          <Link href="/desk" className="text-blue-800 underline">
            Back to the desk
          </Link>
        </p>
      )}
      <ChangePasswordForm />
    </>
  );
}
