// Small shared types of the session domain.
export type Route = 'iv' | 'im' | 'intranasal';
