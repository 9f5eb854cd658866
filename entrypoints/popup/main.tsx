import '../../components/styles/base.css';
import '../../components/styles/popup.css';
import { Popup } from '../../components/popup/Popup';
import { mount } from '../../lib/ui/mount';

mount(<Popup />, 'ui.popup.title');
