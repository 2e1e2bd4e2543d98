/** The administrator's console. */
export { AdminConsole } from './AdminConsole.tsx';
