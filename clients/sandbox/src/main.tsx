import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Sandbox } from './Sandbox';
import { SignIn } from './SignIn';
import { useToken } from './session';
import './styles.css';

function App() {
  const token = useToken();
  return token ? <Sandbox token={token} /> : <SignIn />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
