import { NavLink, Outlet } from 'react-router';

const SECTIONS = [
  { to: '/admin/people', label: 'People' },
  { to: '/admin/organizations', label: 'Organizations' },
  { to: '/admin/specialties', label: 'Specialties' },
  { to: '/admin/cases', label: 'Cases' },
];

/** Admin pages share a row of tabs-like links; each page has its own heading. */
export function AdminLayout() {
  return (
    <div className="admin">
      <nav className="subnav" aria-label="Administration">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to}>{section.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
