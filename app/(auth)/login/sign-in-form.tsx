'use client';

import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';

const input = 'mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm';

export function SignInForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [failures, setFailures] = useState(0);
  const [pending, startTransition] = useTransition();
  const message = useRef<HTMLParagraphElement>(null);
  // After a failed attempt the keyboard lands on the reason, as it does on every other form.
  useEffect(() => {
    if (failures > 0) message.current?.focus();
  }, [failures]);

  function submit(formData: FormData) {
    startTransition(async () => {
      const result = await signIn('credentials', {
        email: String(formData.get('email') ?? ''),
        password: String(formData.get('password') ?? ''),
        redirect: false,
      });
      if (result?.ok) {
        router.push(callbackUrl);
        router.refresh();
      } else {
        setError(signInErrorMessage(result?.error));
        setFailures((n) => n + 1);
      }
    });
  }

  return (
    <form action={submit} className="space-y-4">
      {notice && !error && (
        <p role="status" data-testid="sign-in-notice" className="text-sm text-emerald-800">
          {notice}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={input} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={input}
        />
      </div>
      {error && (
        <p
          ref={message}
          tabIndex={-1}
          role="alert"
          data-testid="sign-in-error"
          className="text-sm font-medium text-red-800"
        >
          {error}
        </p>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
