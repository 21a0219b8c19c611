import { useState } from 'react';
import { Dialog } from './Dialog.tsx';
import { toast, toastError } from './toasts.ts';

function download(markdown: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Export Markdown": the plan as a GitHub planning issue, to copy or download. */
export function ExportMarkdown(props: { load: () => Promise<string>; fileName: string }) {
  const [markdown, setMarkdown] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      setMarkdown(await props.load());
    } catch (error) {
      toastError(error);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (markdown === null) return;
    try {
      await navigator.clipboard.writeText(markdown);
      toast('Markdown copied to the clipboard.');
    } catch {
      toast('The browser refused the clipboard: select the text and copy it.', 'error');
    }
  };
  return (
    <>
      <button type="button" className="btn" disabled={busy} onClick={open}>
        Export Markdown
      </button>
      {markdown !== null && (
        <Dialog title="Export Markdown" onClose={() => setMarkdown(null)} wide>
          <textarea className="markdown-out" readOnly value={markdown} aria-label="Markdown" />
          <div className="dialog__actions">
            <button type="button" className="btn" onClick={() => download(markdown, props.fileName)}>
              Download
            </button>
            <button type="button" className="btn btn--primary" onClick={copy}>
              Copy Markdown
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
