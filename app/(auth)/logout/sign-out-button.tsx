'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import { loginPath } from '@/lib/routes';

export function SignOutButton() {
  return (
    <Button type="button" onClick={() => signOut({ callbackUrl: loginPath() })} className="w-full">
      Sign out
    </Button>
  );
}
