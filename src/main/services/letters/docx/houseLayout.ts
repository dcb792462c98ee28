// The house layout Redress's own templates are written in, and the filler's lists and tables
// follow: one plain sans-serif face at 11 pt, so letters read well on paper and on screen.
export const HOUSE_FONT = 'Arial';
/** Body text size in half-points (Word's unit): 22 = 11 pt. */
export const HOUSE_BODY_HALF_POINTS = 22;
