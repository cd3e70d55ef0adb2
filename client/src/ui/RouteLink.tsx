import type { MouseEvent, ReactNode } from 'react';
import { navigate, routeToSearch } from '../state/route';
import type { Route } from '../state/route';

/**
 * A real link to a view state: keyboard- and screen-reader-friendly, opens in a new tab with a modifier key, and
 * navigates in place (pushState) on a plain click.
 */
export function RouteLink({
  route,
  children,
  className,
  current,
  title,
  onFollow,
}: {
  route: Route;
  children: ReactNode;
  className?: string;
  /** Marks the link as the current page or location (aria-current). */
  current?: 'page' | 'location' | false;
  title?: string;
  /** Called when the link is followed in place, before navigating (e.g. to ask for the focus in what it opens). */
  onFollow?: () => void;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onFollow?.();
    navigate(route);
  };
  return (
    <a
      href={routeToSearch(route)}
      onClick={onClick}
      className={className}
      aria-current={current || undefined}
      title={title}
    >
      {children}
    </a>
  );
}
