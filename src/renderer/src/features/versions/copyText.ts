/**
 * Puts text on the clipboard. The app denies every permission request, which can refuse the async
 * clipboard API; copying a selection is the long-standing way that needs none.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.readOnly = true;
    scratch.className = 'visually-hidden';
    document.body.append(scratch);
    scratch.select();
    const copied = document.execCommand('copy');
    scratch.remove();
    focused?.focus();
    return copied;
  }
}
