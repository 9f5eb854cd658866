import '../../components/styles/base.css';
import '../../components/styles/options.css';
import { OptionsPage } from '../../components/options/OptionsPage';
import { mount } from '../../lib/ui/mount';

mount(<OptionsPage />, 'ui.options.title');
