// Where a game's screens are, for the JSON routes' answers and the forms' redirects alike.
export const hostGamePath = (gameId: string) => `/teach/games/${gameId}`;
export const playGamePath = (gameId: string) => `/play/${gameId}`;
