'use client';

import { signOut } from 'next-auth/react';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  return (
    <Button type="button" onClick={() => signOut({ callbackUrl: '/login' })} className="w-full">
      Sign out
    </Button>
  );
}
