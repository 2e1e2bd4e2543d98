/** The room of a call everyone meets in; breakout rooms are named like `breakout-2`. */
export const mainRoom = 'main';
