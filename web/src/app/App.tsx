import { lazy, Suspense } from 'react';
import { JoinPage } from '../features/join/index.ts';
import { usePath } from './router.tsx';

const OtherRoutes = lazy(() => import('./OtherRoutes.tsx').then((m) => ({ default: m.OtherRoutes })));

/** /join is the patient's way in, loaded with the app; every other route comes after it. */
export const App = () => {
  const path = usePath();
  if (path === '/join') return <JoinPage />;
  return (
    <Suspense>
      <OtherRoutes path={path} />
    </Suspense>
  );
};
