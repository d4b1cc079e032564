export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main
      id="main"
      tabIndex={-1}
      className="outline-none mx-auto mt-24 max-w-sm rounded-lg bg-white p-6 shadow-sm ring-1 ring-stone-200"
    >
      {children}
    </main>
  );
}
