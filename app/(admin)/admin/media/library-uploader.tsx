"use client";

import { useRouter } from "next/navigation";
import { UploadInput } from "@/components/admin/media-picker/upload-input";

/** Uploads from the library screen lead straight to the new image's page, where its alt text is filled in. */
export function LibraryUploader({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  return (
    <UploadInput maxBytes={maxBytes} onUploaded={(item) => router.push(`/admin/media/${item.id}?notice=uploaded`)} />
  );
}
