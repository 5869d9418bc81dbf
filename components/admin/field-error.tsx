export function FieldError({ messages }: { messages?: string[] }) {
  if (!messages?.length) return null;
  return <span className="mt-1 block text-sm text-red-700 dark:text-red-400">{messages.join(" ")}</span>;
}
