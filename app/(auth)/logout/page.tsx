import type { Metadata } from 'next';
import { SignOutButton } from './sign-out-button';

export const metadata: Metadata = { title: 'Sign out' };

export default function LogoutPage() {
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign out of Claimdesk?</h1>
      <SignOutButton />
    </>
  );
}
