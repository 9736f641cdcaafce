import { useMemo } from 'react';
import { Provider } from 'urql';
import { createApiClient } from './api/client';
import { DataScreen } from './screen/DataScreen';
import { SignIn } from './session/SignIn';
import { useSession } from './session/session';

export function App() {
  const { token } = useSession();
  const client = useMemo(() => (token ? createApiClient(token) : null), [token]);
  if (!token || !client) return <SignIn />;
  return (
    <Provider value={client}>
      <DataScreen token={token} />
    </Provider>
  );
}
