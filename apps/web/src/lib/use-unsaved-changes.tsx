import { type ReactNode, useCallback, useEffect, useRef } from 'react';
import { type BlockerFunction, useBlocker } from 'react-router';
import { ConfirmDialog } from './ui/confirm-dialog';

export interface UnsavedChanges {
  /** The "Discard changes?" dialog; render it once on the page. */
  prompt: ReactNode;
  /**
   * Lets the next navigation through without asking: call it right before navigating away
   * after a save or a delete, when the page still looks dirty until it re-renders.
   */
  allowNavigation(): void;
}

/**
 * Asks before the user leaves a page with unsaved edits: in-app navigation (links, back button)
 * opens a MUI dialog, and closing or reloading the tab gets the browser's own prompt. Moving
 * within the page (same path, other query or hash) is not leaving it.
 */
export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  // The router keeps the blocker function from an effect, so it reads the latest state through a ref.
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  const shouldBlock = useCallback<BlockerFunction>(({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname, []);
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const allowNavigation = useCallback(() => {
    dirtyRef.current = false;
  }, []);

  const prompt = (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Discard changes?"
      cancelLabel="Keep editing"
      confirmLabel="Discard changes"
      onCancel={() => blocker.reset?.()}
      onConfirm={() => blocker.proceed?.()}
    >
      You have edits that are not saved. If you leave this page, they are lost.
    </ConfirmDialog>
  );

  return { prompt, allowNavigation };
}
