// "Too many tries — wait 30 seconds", counting down live; tells the form when the wait is over.
// Keyed by the attempt that set it, so each refusal starts its own count.
import { Alert } from '@mantine/core';
import { useEffect, useState } from 'react';
import { waitSentence } from './signInWords';

export function WaitNotice({ seconds, onOver }: { seconds: number; onOver: () => void }) {
  const [left, setLeft] = useState(seconds);

  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      const now = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(now);
      if (now === 0) {
        clearInterval(timer);
        onOver();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [seconds, onOver]);

  if (left === 0) return null;
  return (
    <Alert color="orange" variant="light" role="status" p="sm">
      {waitSentence(left)} before trying again.
    </Alert>
  );
}
