// Ids of "Needs attention" items that both sides must recognise.

/** This computer's own clock disagreeing with the share's: one item, raised and cleared in place. */
export const OWN_CLOCK_ITEM = 'clock:self';
