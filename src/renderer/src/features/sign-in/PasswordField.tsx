// A password box with a Show/Hide button that the keyboard reaches, and a Caps Lock hint while
// Caps Lock is on (the commonest reason a right password is refused).
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';

export function PasswordField({ description, onKeyUp, onKeyDown, ...props }: PasswordInputProps) {
  const [visible, setVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const watchCaps = (event: KeyboardEvent<HTMLInputElement>) =>
    setCapsLock(event.getModifierState('CapsLock'));

  return (
    <PasswordInput
      {...props}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{
        'aria-label': visible ? 'Hide password' : 'Show password',
        'aria-pressed': visible,
      }}
      description={
        capsLock ? (
          <>
            {description}
            {description ? ' ' : ''}
            <strong>Caps Lock is on.</strong>
          </>
        ) : (
          description
        )
      }
      onKeyDown={(event) => {
        watchCaps(event);
        onKeyDown?.(event);
      }}
      onKeyUp={(event) => {
        watchCaps(event);
        onKeyUp?.(event);
      }}
      autoComplete={props.autoComplete ?? 'current-password'}
    />
  );
}
